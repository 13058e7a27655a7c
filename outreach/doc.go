// Package outreach sends the programme's newsletters and campaigns lawfully
// and exactly once per recipient.
//
// Audiences are subscribers (associations, physicians, hospitals, others) on
// mailing lists. A physician is mailed only with a consent record saying
// when, how and with what evidence consent was given; an organisation that
// publishes its address for business mail may be mailed without opt-in and
// is marked as such. Campaigns are Go templates whose rendered mail must
// carry the sender's name, postal address, contact address and a working
// opt-out (the shared footer), or they cannot be scheduled.
//
// A campaign is sent in runs. A run is unique on its campaign and scheduled
// time, and first writes its recipient ledger (one row per recipient, minus
// the suppression list); senders then move each row queued -> sending ->
// sent | failed. A row is marked sent in the same database commit that each
// sender waits for before it sends its next mail, so after a crash at most
// one mail per sender can be sent twice, and none is lost.
package outreach
