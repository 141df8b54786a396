//! Every public type is Send + Sync, so values cross threads (the bulk
//! example parses on all cores).

fn send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    use hermetica::*;
    send_sync::<Entry>();
    send_sync::<Document>();
    send_sync::<Error>();
    send_sync::<Analysis>();
    send_sync::<Quantity>();
    send_sync::<Dose>();
    send_sync::<Unit>();
    send_sync::<Mention>();
    send_sync::<Citation>();
    send_sync::<Reference>();
    send_sync::<ResolvedLink>();
    send_sync::<MolecularFormula>();
    send_sync::<EvidenceAssessment>();
    send_sync::<Profile>();
    send_sync::<lint::Diagnostic>();
    send_sync::<dataset::IngredientRecord>();
}
