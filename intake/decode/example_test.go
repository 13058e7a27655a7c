package decode_test

import (
	"fmt"

	"github.com/md2-rm/madoguchi/intake/decode"
)

// A Shift_JIS body sent under an ISO-2022-JP label, with a Subject split in
// the middle of a character: the bytes win over the label, and the split
// words are joined before decoding.
func ExampleParse() {
	raw := []byte("From: =?UTF-8?B?5bGx55Sw?= <yamada@example.jp>\r\n" +
		"Subject: =?UTF-8?B?5Yy75bir?= =?UTF-8?B?5Yuf6ZuG?=\r\n" +
		"Content-Type: text/plain; charset=iso-2022-jp\r\n" +
		"\r\n" +
		"\x88\xe3\x8et\x82\xc5\x82\xb7\x81B\r\n") // 医師です。 in Shift_JIS
	m, err := decode.Parse(raw, decode.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.From.Name, m.From.Address)
	fmt.Println(m.Subject)
	fmt.Print(m.Text)
	fmt.Println(m.Charsets, m.Problems)
	// Output:
	// 山田 yamada@example.jp
	// 医師募集
	// 医師です。
	// [cp932] [text/plain: charset "iso-2022-jp" overridden, read as cp932]
}
