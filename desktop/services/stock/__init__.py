"""Stock: catalogue, receipts, parcels, transfers, counts and the append-only ledger (no Qt).

Every module writes stock through `ledger.post_movement`, the one writer of ledger rows and of the
on-hand cache, so the cache always equals the sum of the ledger.
"""
