package extract

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/intake/cue"
	"github.com/md2-rm/madoguchi/internal/vocab"
)

// englishSpecialties are the English names seen in mail from physicians
// trained abroad, mapped to canonical specialties.
var englishSpecialties = map[string]string{
	"internal medicine": "内科", "internist": "内科", "gastroenterologist": "消化器内科", "cardiologist": "循環器内科",
	"nephrologist": "腎臓内科", "neurologist": "脳神経内科", "dermatologist": "皮膚科", "obstetrician": "産婦人科", "gynecologist": "産婦人科",
	"pathologist": "病理診断科", "family doctor": "総合診療科", "general medicine": "総合診療科", "family medicine": "総合診療科",
	"family physician": "総合診療科", "primary care": "総合診療科", "general practice": "総合診療科",
	"general practitioner": "総合診療科", "cardiology": "循環器内科", "gastroenterology": "消化器内科",
	"nephrology": "腎臓内科", "neurology": "脳神経内科", "psychiatry": "精神科", "psychiatrist": "精神科",
	"pediatrics": "小児科", "paediatrics": "小児科", "pediatrician": "小児科", "paediatrician": "小児科",
	"dermatology": "皮膚科", "radiology": "放射線科", "radiologist": "放射線科", "general surgery": "外科",
	"surgeon": "外科", "orthopedic": "整形外科", "orthopaedic": "整形外科", "neurosurgery": "脳神経外科",
	"urology": "泌尿器科", "urologist": "泌尿器科", "obstetrics": "産婦人科", "gynecology": "産婦人科",
	"ophthalmology": "眼科", "ophthalmologist": "眼科", "otolaryngology": "耳鼻咽喉科", "ent": "耳鼻咽喉科",
	"anesthesiology": "麻酔科", "anaesthesiology": "麻酔科", "anesthesiologist": "麻酔科", "anaesthesiologist": "麻酔科",
	"anaesthetist": "麻酔科", "anesthetist": "麻酔科", "anesthesia": "麻酔科", "anaesthesia": "麻酔科",
	"emergency medicine": "救急科", "emergency physician": "救急科", "emergency department": "救急科",
	"rehabilitation": "リハビリテーション科", "pathology": "病理診断科", "palliative care": "緩和ケア",
	"dialysis": "透析", "health check": "健診", "occupational physician": "産業医",
	"occupational health": "産業医", "home visits": "在宅医療", "home care": "在宅医療", "home-visit": "在宅医療",
}

// extraSynonyms are Japanese short forms seen in mail that the shared
// vocabulary does not list.
var extraSynonyms = map[string]string{"リハビリ": "リハビリテーション科"}

// anySpecialty says that any specialty will do: the list stays empty.
var anySpecialty = cue.MustCompileRegexp(`診療科(?:は|を)?(?:特に)?(?:不問|問いません|問わない)|診療科\s?[:：]\s?(?:不問|問いません|問わず|特になし|なし)|(?i)any specialty`)

type specTerm struct {
	text, canon string
	bare        bool // 内科/外科: not when glued to a preceding kanji
}

// Specialties finds canonical specialties in text.
type Specialties struct {
	terms   []specTerm          // longest first
	byFirst map[rune][]specTerm // by first rune, longest first
	firsts  runeFilter          // the keys of byFirst
}

// NewSpecialties builds the matcher from the vocabulary.
func NewSpecialties(v *vocab.Vocab) *Specialties {
	s := &Specialties{}
	for _, sp := range v.Specialties {
		for _, t := range append([]string{sp.Name}, sp.Synonyms...) {
			s.terms = append(s.terms, specTerm{text: t, canon: sp.Name, bare: t == "内科" || t == "外科"})
		}
	}
	for t, c := range extraSynonyms {
		s.terms = append(s.terms, specTerm{text: t, canon: c})
	}
	for t, c := range englishSpecialties {
		s.terms = append(s.terms, specTerm{text: t, canon: c})
	}
	sort.SliceStable(s.terms, func(i, j int) bool {
		if len(s.terms[i].text) != len(s.terms[j].text) {
			return len(s.terms[i].text) > len(s.terms[j].text)
		}
		return s.terms[i].text < s.terms[j].text
	})
	s.byFirst = map[rune][]specTerm{}
	for _, t := range s.terms {
		r := firstRune(t.text)
		s.byFirst[r] = append(s.byFirst[r], t)
		s.firsts.add(r)
	}
	return s
}

// IsTerm reports whether s is exactly a specialty name or synonym.
func (s *Specialties) IsTerm(t string) bool {
	for _, x := range s.terms {
		if x.text == t {
			return true
		}
	}
	return false
}

// Any reports whether text says that any specialty is welcome.
func (s *Specialties) Any(text string) bool {
	// A match of anySpecialty holds 診療科, or a y of any specialty (y folds
	// with Y only).
	return hasAny(text, "不問", "問い", "問わ", "なし", "ny specialty") &&
		hasAny(text, "診療科", "y", "Y") && anySpecialty.MatchString(text)
}

// Find returns the canonical specialties named in text, in order of first
// mention. The longest term wins at each position (消化器外科 is not also
// 外科); 内科 and 外科 glued to an unknown kanji word (関節外科) are skipped.
func (s *Specialties) Find(text string) []string {
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(text); {
		matched := false
		r, size := utf8.DecodeRuneInString(text[i:])
		latin := r < 0x80
		if latin {
			if i > 0 && isWordByte(text[i-1]) {
				i += size
				continue
			}
			r = unicode.ToLower(r)
		}
		if !s.firsts.has(r) {
			i += size
			continue
		}
		for _, t := range s.byFirst[r] {
			if !hasPrefixFold(text[i:], t.text) {
				continue
			}
			end := i + len(t.text)
			if latin && ((i > 0 && isWordByte(text[i-1])) || (end < len(text) && isWordByte(text[end]))) {
				continue
			}
			if t.bare && i > 0 && isHan(lastRune(text[:i])) {
				continue
			}
			if !seen[t.canon] {
				seen[t.canon] = true
				out = append(out, t.canon)
			}
			i = end
			matched = true
			break
		}
		if !matched {
			i += size
		}
	}
	return out
}
