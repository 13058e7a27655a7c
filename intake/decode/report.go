package decode

// deliveryStatus parses a message/delivery-status body into the report.
func (p *parser) deliveryStatus(data []byte) {}

// bounce recognises plain-text bounces when no delivery-status part was seen.
func (p *parser) bounce() {}
