import sys

from django.core.management.base import BaseCommand
from django.utils import translation

from indicators.display.drafting import draft_build
from indicators.exports.draft_documents import draft_document
from indicators.management.arguments import jurisdiction_argument


class Command(BaseCommand):
    help = (
        "The first draft of the review of a year (执行情况): the indicators sorted by how they "
        "did, each with its result as written, what is left out and why, and the five-year "
        "plans' progress; Chinese (default) or English."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--jurisdiction", required=True, help="Name or GB/T 2260 division code."
        )
        parser.add_argument("--year", type=int, required=True, help="The year reviewed.")
        parser.add_argument("--language", choices=["zh", "en"], default="zh")
        parser.add_argument(
            "--format",
            choices=["text", "docx"],
            default="text",
            help="text, or docx: the draft and next year's annex table as a Word document.",
        )
        parser.add_argument("--output", help="File to write (default: standard output).")

    def handle(self, *args, jurisdiction, year, language, format, output, **options):
        place = jurisdiction_argument(jurisdiction)
        with translation.override("en" if language == "en" else "zh-hans"):
            if format == "docx":
                document = draft_document(place, year)
            else:
                text = draft_build(place, year).text()
        if format == "docx":
            if output:
                with open(output, "wb") as stream:
                    stream.write(document)
            else:
                self.stdout.flush()
                sys.stdout.buffer.write(document)
            return
        if output:
            with open(output, "w", encoding="utf-8") as stream:
                stream.write(text + "\n")
        else:
            self.stdout.write(text)
