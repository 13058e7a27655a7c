package store

// LeadWhere exposes the inbox filter's SQL to the tests of package store_test.
func (s *Store) LeadWhere(f LeadFilter) (string, []any) { return s.leadWhere(f, true) }
