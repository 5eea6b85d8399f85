-- MIND serving moved from the documents module to its own module (it packages SLTD and SMV entries): its table
-- takes the module's name. Only the mind module reads it.
ALTER TABLE documents_mind_package RENAME TO mind_package;
