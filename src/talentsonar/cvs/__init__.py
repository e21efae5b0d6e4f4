"""CV documents: safe text extraction (extract.py) and structured profile parsing (parsing/).

Pure functions only: no database, no HTTP. The candidates domain builds on this API.
"""
