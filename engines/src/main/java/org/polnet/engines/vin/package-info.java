/**
 * Reads and writes vehicle identification numbers (VINs, ISO 3779): {@link org.polnet.engines.vin.Vins#parse(String)}
 * checks a VIN character by character, validates its check digit where the region uses one and decodes what its
 * structure tells (manufacturer's country and region, model year candidates);
 * {@link org.polnet.engines.vin.Vins#generate(String, String, String)} builds VINs with a correct check digit.
 *
 * <p>Everything here is stateless and every result immutable: safe to share between threads. Parsing a VIN takes about
 * half a microsecond on one core of a small server and allocates little more than the result.
 */
package org.polnet.engines.vin;
