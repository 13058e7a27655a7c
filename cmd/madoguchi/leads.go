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
		{"export-labels", "write reviewed leads as labelled mail for eval", stub("leads export-labels", "leads export-labels DIR", "Write reviewed leads as .eml + .json pairs.")},
	}, args)
}

func runCampaign(ctx context.Context, a *app, args []string) error {
	return dispatch(ctx, a, "campaign", []subcommand{
		{"list", "list campaigns", stub("campaign list", "campaign list", "List campaigns.")},
		{"preview", "render a campaign for one recipient", stub("campaign preview", "campaign preview ID", "Render a campaign for one recipient.")},
		{"run", "run a campaign now", stub("campaign run", "campaign run ID [--wait]", "Run a campaign now.")},
		{"bench", "measure sending throughput", stub("campaign bench", "campaign bench [--recipients N]", "Measure sending throughput.")},
	}, args)
}

func runSubscribers(ctx context.Context, a *app, args []string) error {
	return dispatch(ctx, a, "subscribers", []subcommand{
		{"import", "import subscribers from CSV", stub("subscribers import", "subscribers import FILE.csv", "Import subscribers.")},
		{"export", "export subscribers as CSV", stub("subscribers export", "subscribers export", "Export subscribers.")},
		{"list", "list subscribers", stub("subscribers list", "subscribers list", "List subscribers.")},
	}, args)
}

func runUser(ctx context.Context, a *app, args []string) error {
	return dispatch(ctx, a, "user", []subcommand{
		{"add", "add a staff account", stub("user add", "user add NAME --role admin|staff", "Add a staff account.")},
		{"passwd", "set a staff account's password", stub("user passwd", "user passwd NAME", "Set a password.")},
		{"list", "list staff accounts", stub("user list", "user list", "List staff accounts.")},
	}, args)
}

func runMail(ctx context.Context, a *app, args []string) error {
	return dispatch(ctx, a, "mail", []subcommand{
		{"list", "list every stored mail", runMailList},
	}, args)
}
