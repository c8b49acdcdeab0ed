/** Tests of sweeps: parameters, statistics, the local executor against single runs, the command and its reports. */
package org.vwb.sweep.tests;
