package matching

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"

	"golang.org/x/sync/errgroup"

	"github.com/md2-rm/madoguchi/internal/lead"
)

// Pool is a set of profiles compiled once for repeated ranking. It is
// immutable and safe for concurrent use.
type Pool struct {
	profiles []Profile
	comp     []compiled
}

// NewPool compiles profiles for ranking against.
func (m *Matcher) NewPool(profiles []Profile) *Pool {
	p := &Pool{profiles: profiles, comp: make([]compiled, len(profiles))}
	for i := range profiles {
		p.comp[i] = m.compile(&profiles[i])
	}
	return p
}

// Len returns the number of profiles in the pool.
func (p *Pool) Len() int { return len(p.profiles) }

// Rank returns the candidates of pool that fit subject, best first, at most
// limit of them (all when limit <= 0). A physician subject is ranked
// against posts and a hospital subject against physicians; candidates of the
// subject's own category and incompatible pairs are left out. Ties are
// broken by the lower lead id.
func (m *Matcher) Rank(subject Profile, pool *Pool, limit int) []Suggestion {
	sc := m.compile(&subject)
	doctor := subject.Category == lead.Doctor
	type hit struct {
		i int
		o outcome
	}
	hits := make([]hit, 0, 64)
	for i := range pool.comp {
		c := &pool.profiles[i]
		if c.Category == subject.Category || c.ID == subject.ID {
			continue
		}
		var o outcome
		if doctor {
			o = m.evaluate(&sc, &pool.comp[i])
		} else {
			o = m.evaluate(&pool.comp[i], &sc)
		}
		if o.emp == kExcluded {
			continue
		}
		hits = append(hits, hit{i, o})
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if c := cmp.Compare(b.o.score, a.o.score); c != 0 {
			return c
		}
		return cmp.Compare(pool.profiles[a.i].ID, pool.profiles[b.i].ID)
	})
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]Suggestion, len(hits))
	for k, h := range hits {
		c := &pool.profiles[h.i]
		var rs []Reason
		if doctor {
			rs = m.reasons(h.o, &subject, c, &sc, &pool.comp[h.i])
		} else {
			rs = m.reasons(h.o, c, &subject, &pool.comp[h.i], &sc)
		}
		out[k] = Suggestion{Candidate: *c, Score: h.o.score, Reasons: rs}
	}
	return out
}

// Scored is a candidate's lead id and score.
type Scored struct {
	ID    int64
	Score int
}

// Matrix ranks every physician of physicians against every post of posts
// and returns, per physician in pool order, the best k posts (best first,
// ties by pool order). The work is spread over all available cores.
func (m *Matcher) Matrix(ctx context.Context, physicians, posts *Pool, k int) ([][]Scored, error) {
	if k <= 0 {
		return nil, fmt.Errorf("matching: matrix: k must be positive, got %d", k)
	}
	out := make([][]Scored, physicians.Len())
	const chunk = 128
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for lo := 0; lo < physicians.Len(); lo += chunk {
		hi := min(lo+chunk, physicians.Len())
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("matching: matrix: %w", err)
			}
			top := make([]Scored, 0, k)
			for i := lo; i < hi; i++ {
				top = m.topK(&physicians.comp[i], posts, k, top[:0])
				out[i] = slices.Clone(top)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}

// topK keeps the k best posts for physician d in top, sorted best first.
func (m *Matcher) topK(d *compiled, posts *Pool, k int, top []Scored) []Scored {
	for j := range posts.comp {
		score := m.points(d, &posts.comp[j])
		if score < 0 || len(top) == k && score <= top[k-1].Score {
			continue
		}
		s := Scored{ID: posts.profiles[j].ID, Score: score}
		pos := len(top)
		for pos > 0 && top[pos-1].Score < s.Score {
			pos--
		}
		if len(top) < k {
			top = append(top, Scored{})
		}
		copy(top[pos+1:], top[pos:len(top)-1])
		top[pos] = s
	}
	return top
}
