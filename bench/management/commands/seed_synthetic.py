from django.core.management.base import BaseCommand, CommandError

from bench.synthetic.seeding import SeedError, seed_synthetic


class Command(BaseCommand):
    help = (
        "Fill an empty PostgreSQL database with synthetic jurisdictions, indicators, figures and "
        "assessments for benchmarking (national size: --jurisdictions 3200 --indicators 60 "
        "--years 15)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--jurisdictions", type=int, default=3200)
        parser.add_argument("--indicators", type=int, default=60)
        parser.add_argument("--years", type=int, default=15)
        parser.add_argument("--start-year", type=int, default=2010)
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same data.")

    def handle(self, *args, jurisdictions, indicators, years, start_year, seed, **options):
        if min(jurisdictions, indicators, years) < 1:
            raise CommandError("Jurisdictions, indicators and years must be at least 1.")
        try:
            run = seed_synthetic(
                jurisdictions=jurisdictions,
                indicators=indicators,
                years=years,
                start_year=start_year,
                seed=seed,
                out=self.stdout.write,
            )
        except SeedError as error:
            raise CommandError(str(error)) from None
        counts = ", ".join(f"{count} {name}" for name, count in run.counts.items())
        self.stdout.write(f"Seeded {counts}.")
        for step, seconds in run.timings.items():
            self.stdout.write(f"  {step:<40} {seconds:8.1f} s")
