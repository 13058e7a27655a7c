package main

import (
	"context"
	"fmt"
)

// subcommand is one verb of a command with verbs (leads, campaign, ...).
type subcommand struct {
	name    string
	summary string
	run     func(ctx context.Context, a *app, args []string) error
}

// dispatch runs the verb named by args[0].
func dispatch(ctx context.Context, a *app, command string, subs []subcommand, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintf(a.stderr, "Usage: madoguchi %s VERB [flags]\n\nVerbs:\n", command)
		for _, s := range subs {
			fmt.Fprintf(a.stderr, "  %-14s %s\n", s.name, s.summary)
		}
		fmt.Fprintf(a.stderr, "\nRun 'madoguchi %s VERB --help' for a verb's flags.\n", command)
		if len(args) == 0 {
			return &exitError{code: 2, err: fmt.Errorf("")}
		}
		return nil
	}
	for _, s := range subs {
		if s.name == args[0] {
			return s.run(ctx, a, args[1:])
		}
	}
	return usageError("unknown verb %q (see 'madoguchi %s --help')", args[0], command)
}

func runLeads(ctx context.Context, a *app, args []string) error {
	return dispatch(ctx, a, "leads", []subcommand{
		{"list", "list leads", runLeadsList},
		{"show", "show one lead with its thread", runLeadsShow},
		{"match", "rank the leads that fit a lead", runLeadsMatch},
		{"stats", "print the research dashboard's tables", runLeadsStats},
		{"export-labels", "write reviewed leads as labelled mail for eval", runLeadsExportLabels},
	}, args)
}

func runCampaign(ctx context.Context, a *app, args []string) error {
	return dispatch(ctx, a, "campaign", []subcommand{
		{"list", "list campaigns", runCampaignList},
		{"create", "create a draft campaign", runCampaignCreate},
		{"schedule", "schedule a campaign (cron or one-off)", runCampaignSchedule},
		{"next", "print a campaign's next five runs", runCampaignNext},
		{"preview", "render a campaign for one recipient", runCampaignPreview},
		{"test-send", "send a campaign to staff addresses", runCampaignTestSend},
		{"run", "run a campaign now", runCampaignRun},
		{"runs", "list runs", runCampaignRuns},
		{"report", "show a run's progress and failures", runCampaignReport},
		{"pause", "pause a run", runStatusVerb("pause", "paused", "Pause a run: the mails in flight finish, the rest wait.")},
		{"resume", "resume a paused or interrupted run", runStatusVerb("resume", "sending", "Resume a paused run (or, with --wait, send an interrupted one here).")},
		{"cancel", "cancel a run", runStatusVerb("cancel", "cancelled", "Cancel a run: mails not yet sent are never sent.")},
		{"bench", "measure sending throughput", runCampaignBench},
	}, args)
}

func runSubscribers(ctx context.Context, a *app, args []string) error {
	return dispatch(ctx, a, "subscribers", []subcommand{
		{"import", "import subscribers from CSV", runSubscribersImport},
		{"export", "export subscribers as CSV", runSubscribersExport},
		{"list", "list subscribers", runSubscribersList},
	}, args)
}

func runUser(ctx context.Context, a *app, args []string) error {
	return dispatch(ctx, a, "user", []subcommand{
		{"add", "add a staff account", runUserAdd},
		{"passwd", "set a staff account's password", runUserPasswd},
		{"list", "list staff accounts", runUserList},
	}, args)
}

func runMail(ctx context.Context, a *app, args []string) error {
	return dispatch(ctx, a, "mail", []subcommand{
		{"list", "list every stored mail", runMailList},
	}, args)
}
