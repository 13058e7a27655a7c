package templates

import (
	"embed"
	"io/fs"
)

//go:embed campaign
var campaignFS embed.FS

// Campaign returns the campaign templates: the shared legal footer
// (footer.txt.tmpl, footer.html.tmpl) and the built-in newsletter
// (newsletter.subject.tmpl, newsletter.txt.tmpl, newsletter.html.tmpl).
func Campaign() fs.FS {
	sub, err := fs.Sub(campaignFS, "campaign")
	if err != nil {
		// The directory is embedded above; Sub fails only on a bad path.
		panic(err)
	}
	return sub
}
