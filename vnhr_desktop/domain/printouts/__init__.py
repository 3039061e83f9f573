"""What each printed or exported document shows, as plain frozen dataclasses.

Services build these from the database (``services/*_print.py``,
``services/report_view.py``, ...); the renderers in ``exports/`` turn them
into bytes and never read or change the database. One module per document
family; only the standard library and other ``domain`` modules are used, so
a document can be printed from any source (the office's own records, a
received package, a plan read from a document)."""
