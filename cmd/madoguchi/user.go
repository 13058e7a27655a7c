package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/md2-rm/madoguchi/internal/termtable"
	"github.com/md2-rm/madoguchi/store"
)

// openConfiguredStore opens and migrates the configured database for a
// one-shot command.
func (a *app) openConfiguredStore(ctx context.Context) (*store.Store, error) {
	cfg, err := a.config(false)
	if err != nil {
		return nil, err
	}
	st, _, err := a.openStore(ctx, cfg)
	return st, err
}

// readPassword takes the password from --password-stdin's first line.
func readPassword(r io.Reader) (string, error) {
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read password: %w", err)
	}
	pw := strings.TrimRight(line, "\r\n")
	if pw == "" {
		return "", usageError("empty password on standard input")
	}
	if err := store.CheckPasswordPolicy(pw); err != nil {
		return "", usageError("%v", err)
	}
	return pw, nil
}

// runUserAdd implements "madoguchi user add NAME --role admin|staff".
func runUserAdd(ctx context.Context, a *app, args []string) error {
	fs := a.flags("user add", "user add NAME [--role admin|staff] < password",
		"Add a staff account. The password is read from the first line of standard input.")
	role := fs.String("role", store.RoleStaff, "`ROLE`: admin (users, campaigns, settings) or staff (leads)")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	// Flags may also follow the name: user add NAME --role admin.
	name := fs.Arg(0)
	if fs.NArg() > 1 {
		if err := a.parseFlags(fs, fs.Args()[1:]); err != nil {
			return err
		}
		if fs.NArg() != 0 {
			return usageError("user add: give exactly one user name")
		}
	} else if fs.NArg() != 1 {
		return usageError("user add: give exactly one user name")
	}
	if !store.ValidRole(*role) {
		return usageError("user add: --role must be admin or staff, not %q", *role)
	}
	pw, err := readPassword(a.stdin)
	if err != nil {
		return err
	}
	st, err := a.openConfiguredStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	u, err := st.CreateUser(ctx, name, pw, *role)
	if errors.Is(err, store.ErrUserExists) {
		return &exitError{code: 1, err: fmt.Errorf("user %q already exists (use 'user passwd')", name)}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "added %s (%s)\n", u.Username, u.Role)
	return nil
}

// runUserPasswd implements "madoguchi user passwd NAME".
func runUserPasswd(ctx context.Context, a *app, args []string) error {
	fs := a.flags("user passwd", "user passwd NAME < password",
		"Set a staff account's password (read from the first line of standard input) and sign out its sessions.")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("user passwd: give exactly one user name")
	}
	pw, err := readPassword(a.stdin)
	if err != nil {
		return err
	}
	st, err := a.openConfiguredStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.SetPassword(ctx, fs.Arg(0), pw); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return &exitError{code: 1, err: fmt.Errorf("no user %q", fs.Arg(0))}
		}
		return err
	}
	fmt.Fprintf(a.stdout, "password of %s changed\n", fs.Arg(0))
	return nil
}

// runUserList implements "madoguchi user list".
func runUserList(ctx context.Context, a *app, args []string) error {
	fs := a.flags("user list", "user list", "List the staff accounts.")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	st, err := a.openConfiguredStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	users, err := st.Users(ctx)
	if err != nil {
		return err
	}
	tw := termtable.New(a.stdout)
	fmt.Fprintln(tw, "USER\tROLE\tSTATE\tCREATED")
	for _, u := range users {
		state := "active"
		if u.Disabled {
			state = "disabled"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", u.Username, u.Role, state, u.CreatedAt.Format("2006-01-02"))
	}
	return tw.Flush()
}
