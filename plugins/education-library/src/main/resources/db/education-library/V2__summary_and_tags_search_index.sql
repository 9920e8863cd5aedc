-- The portal search looks at titles, then summaries and tags, then whole texts (see SearchTier); each step is answered
-- from its own full-text index, so that most searches never read the long bodies' index.
CREATE FULLTEXT INDEX ft_education_library_version_summary ON education_library_version (summary, tags);
