/** Tests of interchange: the corpus of real-world files, round trips, hostile files, the audit, DS registration. */
package org.vwb.interchange.tests;
