from django.db import migrations

# (slug, Finnish, Swedish, English)
FEATURES = [
    ("esteeton-kulku", "Esteetön kulku", "Tillgänglig entré", "Step-free access"),
    ("hissi", "Hissi", "Hiss", "Lift"),
    ("esteeton-wc", "Esteetön WC", "Tillgänglig toalett", "Accessible toilet"),
    ("induktiosilmukka", "Induktiosilmukka", "Hörslinga", "Induction loop"),
    ("esteeton-pysakointi", "Esteetön pysäköinti", "Tillgänglig parkering", "Accessible parking"),
    ("hajusteeton", "Hajusteeton tila", "Doftfri lokal", "Fragrance-free space"),
]


def add_features(apps, schema_editor):
    AccessibilityFeature = apps.get_model("listings", "AccessibilityFeature")
    for order, (slug, name, name_sv, name_en) in enumerate(FEATURES):
        AccessibilityFeature.objects.update_or_create(
            slug=slug, defaults={"name": name, "name_sv": name_sv, "name_en": name_en, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("listings", "0001_initial")]

    operations = [migrations.RunPython(add_features, migrations.RunPython.noop)]
