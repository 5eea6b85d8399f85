/**
 * Reading and writing the machine readable zone (MRZ) of travel documents, as specified by
 * ICAO Doc 9303 (parts 3 to 7): TD1 identity cards (3 lines of 30 characters), TD2 cards
 * (2 × 36), TD3 passports (2 × 44) and the machine readable visas MRV-A (2 × 44) and MRV-B (2 × 36).
 *
 * <p>The exported API is small: {@link org.polnet.engines.mrz.Mrz} parses, {@link
 * org.polnet.engines.mrz.MrzResult} is what a parse returns, {@link org.polnet.engines.mrz.MrzDocument}
 * holds the fields, {@link org.polnet.engines.mrz.MrzWriter} builds a valid MRZ from fields and
 * {@link org.polnet.engines.mrz.DocumentNumbers} normalises typed document numbers for matching.
 * Everything else is package-private. All public types are immutable or stateless and therefore
 * safe to share between threads. No value in this package is ever {@code null} unless its javadoc
 * says so.
 */
package org.polnet.engines.mrz;
