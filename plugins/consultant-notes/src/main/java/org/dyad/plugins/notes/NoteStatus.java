package org.dyad.plugins.notes;

/** A note is a draft until its author signs it; a signed note is locked and only takes addenda. */
enum NoteStatus { DRAFT, SIGNED }
