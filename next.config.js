// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n-request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() in the admin: a role without the permission gets a localized 403 page
  // a client list may be 5 MB (lib/import/read-csv.ts): its upload to the import actions needs room for that
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
  // the dev outbox and demo tooling are part of the same build; they answer 404
  // unless PORTICO_DEMO=1 at run time (see lib/env.ts)
  serverExternalPackages: ['twilio', 'nodemailer', 'pdfkit'],
  // browsers that ask for /favicon.ico without reading the page get the product's icon
  async redirects() {
    return [{ source: '/favicon.ico', destination: '/icon.svg', permanent: true }];
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          // no page needs these powers; an embedded script cannot ask for them
          {
            key: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
          },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
