"""Widgets of the designer: main window, docks, dialogs."""
