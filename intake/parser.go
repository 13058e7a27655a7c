package intake

// Parser returns the intake's ParseFunc over Parse with the given options.
func Parser(opt ParseOptions) ParseFunc {
	return func(raw []byte) (*Parsed, error) {
		r, err := Parse(raw, opt)
		if err != nil {
			return nil, err
		}
		return &Parsed{Lead: r.Lead, Message: r.Message, Bounce: r.Bounce}, nil
	}
}
