"""Exporters: PDF (ReportLab), Mermaid, CSV and Excel. No Qt."""
