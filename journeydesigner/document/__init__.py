"""The open document: model + undo stack + change signals (Qt)."""
