"""Rosters: register, posts, shifts and templates, clash checks, sign-in at the desk, hours worked.

No Qt here. Every function takes a UnitOfWork and an Actor (except `volunteer_hours`, read by reports).
"""
