using System.Text;

namespace CjmBot.UnitTests.Export;

/// <summary>A strict RFC 4180 reader for the tests: CRLF between records, quoted fields with doubled quotes.</summary>
internal static class CsvReader
{
    public static List<string[]> Read(string csv)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= csv.Length)
                    {
                        throw new FormatException("Unterminated quoted field.");
                    }

                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(csv[i++]);
                }
            }
            else
            {
                while (i < csv.Length && csv[i] is not ',' and not '\r' and not '\n')
                {
                    if (csv[i] == '"')
                    {
                        throw new FormatException($"Quote inside an unquoted field at {i}.");
                    }

                    field.Append(csv[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < csv.Length && csv[i] == ',')
            {
                i++;
                continue;
            }

            if (i < csv.Length)
            {
                if (csv[i] != '\r' || i + 1 >= csv.Length || csv[i + 1] != '\n')
                {
                    throw new FormatException($"Record not ended by CRLF at {i}.");
                }

                i += 2;
            }

            records.Add([.. fields]);
            fields.Clear();
        }

        return records;
    }
}
