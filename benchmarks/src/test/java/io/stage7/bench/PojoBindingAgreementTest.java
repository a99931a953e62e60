package io.stage7.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The POJO benchmark compares like with like: bound objects decide the pool as its prepared records do. */
class PojoBindingAgreementTest {

    @Test
    void boundObjectsDecideThePoolAsThePreparedRecordsDo() {
        BoundPool pool = new BoundPool();
        pool.setUp(); // throws when any object is decided differently
        assertEquals(OpportunityPool.SIZE, pool.deals.length);
        assertEquals(List.of(), pool.disagreements());
        for (int i = 0; i < pool.records.length; i++) {
            assertEquals(pool.records[i].toString(), pool.binding.toRecord(pool.deals[i]).toString());
        }
    }
}
