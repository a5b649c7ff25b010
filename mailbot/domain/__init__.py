"""The domain core: value types, money, the ledger's state changes and who may
make them. Pure: no IO, time passed in."""
