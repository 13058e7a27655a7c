// Package lead defines the parsed-mail contract shared by the parser, the store,
// the staff UI and matching (see docs/lead.md).
package lead

// Category is what a mail is about.
type Category string

// The seven categories of the contract.
const (
	Doctor      Category = "doctor"
	Hospital    Category = "hospital"
	General     Category = "general"
	Unsubscribe Category = "unsubscribe"
	AutoReply   Category = "auto_reply"
	Bounce      Category = "bounce"
	Spam        Category = "spam"
)

// Categories lists every category in contract order.
var Categories = []Category{Doctor, Hospital, General, Unsubscribe, AutoReply, Bounce, Spam}

// Valid reports whether c is one of the contract's categories.
func (c Category) Valid() bool {
	for _, k := range Categories {
		if c == k {
			return true
		}
	}
	return false
}

// IsInquiry reports whether mail of this category was written by a person who
// expects an answer (doctor, hospital, general).
func (c Category) IsInquiry() bool {
	return c == Doctor || c == Hospital || c == General
}

// Employment terms.
const (
	FullTime = "full_time"
	PartTime = "part_time"
	Spot     = "spot"
)

// Fields are the contract's fields of a parsed mail. Pointers are null when the
// mail does not state a value; lists are never nil after Normalize.
type Fields struct {
	MessageID    string    `json:"message_id"`
	Category     *Category `json:"category"`
	Name         *string   `json:"name"`
	NameKana     *string   `json:"name_kana"`
	Email        *string   `json:"email"`
	Phone        *string   `json:"phone"`
	Age          *int      `json:"age"`
	BirthYear    *int      `json:"birth_year"`
	Organization *string   `json:"organization"`
	Specialties  []string  `json:"specialties"`
	Prefectures  []string  `json:"prefectures"`
	Municipality *string   `json:"municipality"`
	Employment   []string  `json:"employment"`
	DaysPerWeek  *int      `json:"days_per_week"`
	Start        *string   `json:"start"`
	Body         *string   `json:"body,omitempty"`
	Error        *string   `json:"error"`
}

// Normalize replaces nil lists with empty ones so that they encode as [].
func (f *Fields) Normalize() {
	if f.Specialties == nil {
		f.Specialties = []string{}
	}
	if f.Prefectures == nil {
		f.Prefectures = []string{}
	}
	if f.Employment == nil {
		f.Employment = []string{}
	}
}
