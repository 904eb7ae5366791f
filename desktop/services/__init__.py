"""Service layer: plain functions taking a unit of work and an actor. No Qt here."""
