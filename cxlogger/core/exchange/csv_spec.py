"""Names shared by the CSV export, the import and the command line (stdlib only, so the
command-line parser can list them without loading the database layer)."""

DATASETS = ("interactions", "money", "promises", "feedback", "customers")

PERIODS = {
    "this_month": "This month",
    "last_month": "Last month",
    "this_quarter": "This quarter",
    "last_quarter": "Last quarter",
    "this_year": "This year",
    "last_year": "Last year",
}

# Customer fields an imported column can be mapped to (None: ignore the column).
IMPORT_FIELDS = (
    "name",
    "first_name",
    "middle_name",
    "last_name",
    "company",
    "email",
    "phone",
    "preferred_channel",
    "tags",
    "notes",
    "consent",
)

ENCODINGS = {  # user-facing name -> codec
    "UTF-8": "utf-8",
    "UTF-8 with BOM": "utf-8-sig",
    "UTF-16": "utf-16",
    "Windows-1252": "cp1252",
}
