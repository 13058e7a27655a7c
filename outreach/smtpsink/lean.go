package smtpsink

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-smtp"
)

// leanServer is a minimal SMTP server for the sending benchmark: it speaks
// just enough of RFC 5321 (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT),
// answers pipelined commands with one write per batch (RFC 2920) and does
// not keep the message unless asked. It honours the same Options as the
// go-smtp server.
type leanServer struct {
	s  *Sink
	ln net.Listener

	mu     sync.Mutex
	conns  map[net.Conn]struct{}
	closed bool
	wg     sync.WaitGroup
}

func (l *leanServer) serve() {
	for {
		c, err := l.ln.Accept()
		if err != nil {
			return
		}
		l.mu.Lock()
		if l.closed {
			l.mu.Unlock()
			c.Close()
			return
		}
		l.conns[c] = struct{}{}
		l.wg.Add(1)
		l.mu.Unlock()
		l.s.mu.Lock()
		l.s.conns++
		l.s.mu.Unlock()
		go func() {
			defer l.wg.Done()
			l.handle(c)
			l.mu.Lock()
			delete(l.conns, c)
			l.mu.Unlock()
			c.Close()
		}()
	}
}

func (l *leanServer) close() error {
	l.mu.Lock()
	l.closed = true
	err := l.ln.Close()
	for c := range l.conns {
		c.Close()
	}
	l.mu.Unlock()
	l.wg.Wait()
	return err
}

// leanSession is one connection's state.
type leanSession struct {
	r      *bufio.Reader
	w      *bufio.Writer
	from   string
	to     []string
	data   bytes.Buffer
	chunks int // BDAT chunks of the message so far
}

// reply queues a reply; it is written when no more pipelined input waits.
func (x *leanSession) reply(code int, text string) {
	fmt.Fprintf(x.w, "%d %s\r\n", code, text)
}

func (x *leanSession) replyErr(err error) {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		if ec := se.EnhancedCode; ec[0] > 0 {
			fmt.Fprintf(x.w, "%d %d.%d.%d %s\r\n", se.Code, ec[0], ec[1], ec[2], se.Message)
			return
		}
		x.reply(se.Code, se.Message)
		return
	}
	x.reply(554, err.Error())
}

func (l *leanServer) handle(c net.Conn) {
	x := &leanSession{r: bufio.NewReaderSize(c, 16<<10), w: bufio.NewWriterSize(c, 4<<10)}
	x.reply(220, "sink.localhost ESMTP")
	for {
		if x.r.Buffered() == 0 {
			if err := x.w.Flush(); err != nil {
				return
			}
		}
		_ = c.SetReadDeadline(time.Now().Add(time.Minute))
		line, err := x.r.ReadSlice('\n')
		if err != nil {
			return
		}
		cmd, arg := splitCommand(line)
		switch cmd {
		case "EHLO":
			fmt.Fprintf(x.w, "250-sink.localhost\r\n250-PIPELINING\r\n250-8BITMIME\r\n250-CHUNKING\r\n250 SIZE %d\r\n", 10<<20)
		case "HELO":
			x.reply(250, "sink.localhost")
		case "MAIL":
			from, ok := pathArg(arg, "FROM:")
			if !ok {
				x.reply(501, "bad MAIL syntax")
				continue
			}
			x.from, x.to = from, x.to[:0]
			x.reply(250, "ok")
		case "RCPT":
			to, ok := pathArg(arg, "TO:")
			if !ok {
				x.reply(501, "bad RCPT syntax")
				continue
			}
			if l.s.opts.Rcpt != nil {
				if err := l.s.opts.Rcpt(to); err != nil {
					x.replyErr(err)
					continue
				}
			}
			x.to = append(x.to, strings.ToLower(to))
			x.reply(250, "ok")
		case "DATA":
			if len(x.to) == 0 {
				x.reply(554, "no valid recipients")
				continue
			}
			x.reply(354, "go ahead")
			if err := x.w.Flush(); err != nil {
				return
			}
			if err := x.readData(l.s.opts.Keep); err != nil {
				return
			}
			if err := l.s.accept(x.from, x.to, x.data.Bytes()); err != nil {
				x.replyErr(err)
			} else {
				x.reply(250, "queued")
			}
			x.from, x.to = "", x.to[:0]
		case "BDAT":
			size, last, ok := bdatArg(arg)
			if !ok {
				x.reply(501, "bad BDAT syntax")
				// The chunk size is unknown: the stream cannot be followed.
				_ = x.w.Flush()
				return
			}
			if x.chunks == 0 {
				x.data.Reset()
			}
			x.chunks++
			if err := x.readChunk(size, l.s.opts.Keep); err != nil {
				return
			}
			if len(x.to) == 0 {
				x.reply(554, "no valid recipients")
				x.chunks = 0
				continue
			}
			if !last {
				x.reply(250, "chunk received")
				continue
			}
			if err := l.s.accept(x.from, x.to, x.data.Bytes()); err != nil {
				x.replyErr(err)
			} else {
				x.reply(250, "queued")
			}
			x.from, x.to, x.chunks = "", x.to[:0], 0
		case "RSET":
			x.from, x.to, x.chunks = "", x.to[:0], 0
			x.reply(250, "ok")
		case "NOOP":
			x.reply(250, "ok")
		case "QUIT":
			x.reply(221, "bye")
			_ = x.w.Flush()
			return
		default:
			x.reply(502, "not implemented")
		}
	}
}

// readData reads a dot-terminated message, undoing dot-stuffing; it keeps
// the bytes only when keep is set.
func (x *leanSession) readData(keep bool) error {
	x.data.Reset()
	for {
		line, err := x.r.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			// A line longer than the buffer: keep reading it.
			if keep {
				x.data.Write(line)
			}
			continue
		}
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
		if len(line) > 0 && line[0] == '.' {
			if len(line) == 3 && line[1] == '\r' || len(line) == 2 {
				return nil
			}
			line = line[1:]
		}
		if keep {
			x.data.Write(line)
		}
	}
}

// readChunk reads a BDAT chunk of size bytes, kept only when keep is set.
func (x *leanSession) readChunk(size int64, keep bool) error {
	var err error
	if keep {
		_, err = io.CopyN(&x.data, x.r, size)
	} else {
		_, err = x.r.Discard(int(size))
	}
	return err
}

// bdatArg parses "SIZE [LAST]".
func bdatArg(arg string) (int64, bool, bool) {
	f := strings.Fields(arg)
	if len(f) == 0 || len(f) > 2 || len(f) == 2 && !strings.EqualFold(f[1], "LAST") {
		return 0, false, false
	}
	n, err := strconv.ParseInt(f[0], 10, 32)
	if err != nil || n < 0 {
		return 0, false, false
	}
	return n, len(f) == 2, true
}

// splitCommand returns the upper-cased verb and the rest of a command line.
func splitCommand(line []byte) (string, string) {
	s := strings.TrimRight(string(line), "\r\n")
	verb, arg, _ := strings.Cut(s, " ")
	return strings.ToUpper(verb), arg
}

// pathArg extracts the address of "FROM:<addr> params" or "TO:<addr>".
func pathArg(arg, prefix string) (string, bool) {
	if len(arg) < len(prefix) || !strings.EqualFold(arg[:len(prefix)], prefix) {
		return "", false
	}
	rest := strings.TrimSpace(arg[len(prefix):])
	if !strings.HasPrefix(rest, "<") {
		return "", false
	}
	end := strings.IndexByte(rest, '>')
	if end < 0 {
		return "", false
	}
	return rest[1:end], true
}
