"""Import, export and the suggested file names of File > Export."""
