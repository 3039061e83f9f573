"""Received documents (plans, dispatches, guidance) read into their fields:
the text of a .docx, .pdf or .txt file or of pasted text (:mod:`.reader`),
legacy TCVN3/VNI text converted (:mod:`.legacy`), and the fields found in it
(:mod:`.extract`)."""
