"""The canvas: scene, view and items that draw a timeline (Qt)."""
