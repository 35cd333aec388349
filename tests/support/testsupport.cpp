// Shared test helpers live in this folder; see README.md.
