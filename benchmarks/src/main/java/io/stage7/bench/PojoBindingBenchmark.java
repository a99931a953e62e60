package io.stage7.bench;

import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Evaluating the application's own objects through a {@code RecordBinding} against evaluating
 * prepared records of the same data, on the team rules, per opportunity. Target: {@link #boundObject}
 * within 1.3x of {@link #preparedRecord}. {@link #toRecordOnly} is the binding's share alone, and
 * {@link #builtByName} the way an application had to do it before the binding: a record built
 * field by field through {@code RecordBuilder}, then evaluated. Run with {@code -prof gc} for the
 * bytes each allocates per opportunity.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PojoBindingBenchmark {

    @Benchmark
    @OperationsPerInvocation(OpportunityPool.SIZE)
    public void preparedRecord(BoundPool pool, Blackhole out) {
        for (DataRecord record : pool.records) {
            out.consume(pool.compiled.evaluate(record, OpportunityPool.CLOCK));
        }
    }

    @Benchmark
    @OperationsPerInvocation(OpportunityPool.SIZE)
    public void boundObject(BoundPool pool, Blackhole out) {
        for (BenchDeal deal : pool.deals) {
            out.consume(pool.binding.evaluate(deal, OpportunityPool.CLOCK));
        }
    }

    @Benchmark
    @OperationsPerInvocation(OpportunityPool.SIZE)
    public void toRecordOnly(BoundPool pool, Blackhole out) {
        for (BenchDeal deal : pool.deals) {
            out.consume(pool.binding.toRecord(deal));
        }
    }

    @Benchmark
    @OperationsPerInvocation(OpportunityPool.SIZE)
    public void builtByName(BoundPool pool, Blackhole out) {
        for (BenchDeal deal : pool.deals) {
            out.consume(pool.compiled.evaluate(byName(pool, deal), OpportunityPool.CLOCK));
        }
    }

    /** The record built by hand, as an application without the binding writes it. */
    private static DataRecord byName(BoundPool pool, BenchDeal d) {
        RecordBuilder b = pool.rules.newRecord("Opportunity").id(d.getId());
        b.set("Name", d.getName()).set("Account", d.getAccountId()).set("Account.Name", d.getAccountName())
                .set("Account.Industry", d.getIndustry()).set("Account.BillingCountry", d.getBillingCountry())
                .set("Account.Requires_PO__c", d.isAccountRequiresPo()).set("Account.Credit_Hold__c", d.isCreditHold())
                .set("Type", d.getType()).set("Region", d.getRegion() == null ? null : d.getRegion().name())
                .set("StageName", d.getStageName()).set("Amount", d.getAmount()).set("Discount", d.getDiscount())
                .set("CloseDate", d.getCloseDate()).set("SubmittedAt", d.getSubmittedAt())
                .set("Products", d.getProducts() == null ? null : new java.util.TreeSet<>(d.getProducts()))
                .set("Term_Months__c", d.getTermMonths() == null ? null : java.math.BigDecimal.valueOf(d.getTermMonths()))
                .set("Payment_Terms__c", d.getPaymentTerms()).set("Order_Form_Signed__c", d.isOrderFormSigned())
                .set("Order_Form_Signed_Date__c", d.getOrderFormSignedDate()).set("PO_Required__c", d.isPoRequired())
                .set("PO_Number__c", d.getPoNumber()).set("Bill_To_Contact_Name__c", d.getBillToContactName())
                .set("Bill_To_Contact_Email__c", d.getBillToContactEmail())
                .set("Non_Standard_Terms__c", d.isNonStandardTerms()).set("Legal_Approved__c", d.isLegalApproved())
                .set("Ramp_Deal__c", d.isRampDeal()).set("Ramp_Schedule__c", d.getRampSchedule())
                .set("Services_SOW_Signed__c", d.isServicesSowSigned())
                .set("Discount_Approved__c", d.isDiscountApproved()).set("Escalated__c", d.isEscalated())
                .set("Escalation_Reason__c", d.getEscalationReason());
        return b.build();
    }
}
