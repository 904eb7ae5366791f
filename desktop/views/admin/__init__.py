"""Administration: users, audit log, centre settings and backups (each tab only for roles that may)."""
