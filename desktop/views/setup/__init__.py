"""First-run setup wizard: language, country profile, centre, first administrator, or a training database."""
