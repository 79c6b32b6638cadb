"""Model → geometry in points, shared by the canvas and the PDF export. No Qt."""
