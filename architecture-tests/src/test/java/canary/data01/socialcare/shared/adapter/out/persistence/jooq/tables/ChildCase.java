package canary.data01.socialcare.shared.adapter.out.persistence.jooq.tables;

/** Stands for a class jOOQ generates from social care's table child_case. */
public class ChildCase {
    public static final ChildCase CHILD_CASE = new ChildCase();
}
