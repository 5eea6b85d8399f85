package org.polnet.artworks;

/** What kind of work of art a record describes. */
public enum Category {
	PAINTING, SCULPTURE, MANUSCRIPT, ARCHAEOLOGICAL_OBJECT, RELIGIOUS_OBJECT, DRAWING, PRINT, PHOTOGRAPH, TEXTILE,
	COIN_OR_MEDAL, FURNITURE, OTHER
}
