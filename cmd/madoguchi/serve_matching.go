package main

import (
	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/matching"
	"github.com/md2-rm/madoguchi/research"
)

// addMatching adds the matching pages of leads (proposals, introductions
// through the outbox) and the 調査研究 dashboard to the staff UI.
func (rt *runtime) addMatching() error {
	m, err := matching.New(vocab.Load(), matching.DefaultWeights())
	if err != nil {
		return err
	}
	svc, err := matching.NewService(rt.store, m, rt.outbox)
	if err != nil {
		return err
	}
	if err := matching.Register(rt.web, svc); err != nil {
		return err
	}
	d := &research.Dashboard{Store: rt.store, Vocab: vocab.Load(), Campaigns: &research.CampaignTables{Store: rt.store}}
	return research.Register(rt.web, d)
}
