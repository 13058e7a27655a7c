// Command train trains the text model on the development sets and writes
// the file the textmodel package embeds. Run it from the module's root:
//
//	go run ./intake/classify/textmodel/train
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/md2-rm/madoguchi/intake"
)

func main() {
	testdata := flag.String("testdata", "testdata", "the directory holding the labelled sets")
	out := flag.String("o", filepath.Join("intake", "classify", "textmodel", "model.bin"), "the model file to write")
	flag.Parse()
	var sets [][]intake.Labelled
	n := 0
	for _, s := range intake.TextModelSets() {
		set, err := intake.ReadLabelled(filepath.Join(*testdata, s))
		if err != nil {
			log.Fatal(err)
		}
		if len(set) == 0 {
			log.Fatalf("train: no labelled mail in %s", filepath.Join(*testdata, s))
		}
		sets = append(sets, set)
		n += len(set)
	}
	data := intake.TrainTextModel(sets...).Encode()
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d mails, %d bytes written to %s\n", n, len(data), *out)
}
