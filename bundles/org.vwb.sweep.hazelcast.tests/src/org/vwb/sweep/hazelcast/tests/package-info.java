/** Tests of the Hazelcast executor and member, inside one JVM on 127.0.0.1 (the smoke test kills real members). */
package org.vwb.sweep.hazelcast.tests;
