"""Documents and reports: figures to xlsx / pdf / json. No Qt here."""
