"""Complaints (pengaduan) and, for the Indonesian profile, DTKS update proposals: a window opened from the
Clients page, like the agencies directory."""
