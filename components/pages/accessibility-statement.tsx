import { NOT_FOUND_EXAMPLE, type AccessibilityReport } from '@/lib/site/accessibility-report';
import { inSentence, type SiteSettings } from '@/lib/site/settings';
import { archivePath } from '@/lib/site/urls';
import { PublicationDate } from '../shared/publication-date';

/**
 * The accessibility statement, modelled on GOV.UK's sample statement. Its test results come
 * from the last recorded run (docs/accessibility-report.json).
 */
export function AccessibilityStatement({
  report,
  site,
}: {
  report: AccessibilityReport | undefined;
  site: Pick<SiteSettings, 'name' | 'publisher' | 'accessibilityContact'>;
}) {
  const failures = report?.pages.reduce((sum, page) => sum + page.violations, 0) ?? 0;
  return (
    <div className="article-body mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1>Accessibility statement for {site.name}</h1>
      <p>
        This statement applies to the {site.name} website, published by {inSentence(site.publisher)}
        . We want as many people as possible to be able to use it. For example, that means you
        should be able to:
      </p>
      <ul>
        <li>change colours, and switch between a light and a dark theme;</li>
        <li>zoom in up to 400% without the text spilling off the screen;</li>
        <li>get from the start of the website to any article using just a keyboard;</li>
        <li>use the website with a screen reader;</li>
        <li>
          read every edition as a plain web page without pictures, as a plain text file, or as a
          tagged PDF to print.
        </li>
      </ul>

      <h2>Feedback and contact information</h2>
      <p>
        If you need an edition or an article in a different format, such as large print, easy read,
        an audio recording or braille, email{' '}
        <a href={`mailto:${site.accessibilityContact}`}>{site.accessibilityContact}</a>. We will
        consider your request and get back to you within 5 working days. The{' '}
        <a href={archivePath}>plain view and text file of every edition</a> are available straight
        away.
      </p>

      <h2>Reporting accessibility problems</h2>
      <p>
        We are always looking to improve. If you find a problem that is not listed here, or think we
        are not meeting the requirements, email{' '}
        <a href={`mailto:${site.accessibilityContact}`}>{site.accessibilityContact}</a>.
      </p>

      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission is responsible for enforcing the accessibility
        regulations for public sector websites. If you are not happy with how we respond to your
        complaint, contact the Equality Advisory and Support Service.
      </p>

      <h2>Compliance status</h2>
      <p>
        We aim to meet the {report?.standard ?? 'WCAG 2.2 AA'} standard.{' '}
        {report
          ? failures === 0
            ? 'Our automated tests find no failures on any page, in either theme. Automated tests catch only some problems, so we also test by keyboard, and we have not yet had a full manual audit.'
            : `Our last automated test run found ${failures} failures, which we are fixing.`
          : 'We have not yet recorded a test run.'}
      </p>

      <h2>How we tested this website</h2>
      {report ? (
        <>
          <p>
            The last test run was on <PublicationDate date={report.date} />, with {report.tool},
            against the {report.standard} rules, in the {report.themes.join(' and ')} themes. Every
            page was tested: {report.pages.length} pages, with {failures} failures found. We also
            check each release by keyboard alone: from the home page to an edition, an article, the
            next article and the plain view, and through search.
          </p>
          <table>
            <caption className="text-left">Pages tested and failures found</caption>
            <thead>
              <tr>
                <th scope="col">Page</th>
                <th scope="col">Failures</th>
              </tr>
            </thead>
            <tbody>
              {report.pages.map((page) => (
                <tr key={page.path}>
                  <td>
                    {page.path === NOT_FOUND_EXAMPLE ? (
                      'The page-not-found page'
                    ) : (
                      <a href={page.path}>{page.path}</a>
                    )}
                  </td>
                  <td>{page.violations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>No test run has been recorded yet.</p>
      )}

      <h2>The PDF edition</h2>
      <p>
        Every edition is also a PDF, made from the same text as the web pages. It is a tagged PDF
        that declares PDF/UA-1, and it reads in the same order as the plain view and the text file.
        Each release, our automated tests open every edition&rsquo;s PDF with a PDF reader library
        and check that: it is tagged and says its language; the viewer shows its title; every
        article has a bookmark; every picture&rsquo;s alternative text is its description; heading
        levels follow each other without gaps; every font is embedded; every page is A4; each
        contents entry links to its article; every link says what it links to; and its text, read in
        tag order, holds the words of the text file in the same order.
      </p>
      <p>
        We have not yet checked the PDF against every PDF/UA requirement with a full validator (such
        as veraPDF or PAC), so we claim PDF/UA only for the checks above. Emphasised words are
        slanted rather than set in a true italic. If the PDF does not work for you, the plain view
        and the text file hold the same words.
      </p>

      <h2>Preparation of this statement</h2>
      <p>
        This statement is generated from the last recorded test run each time the website is
        published.
      </p>
    </div>
  );
}
