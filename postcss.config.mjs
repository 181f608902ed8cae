// Tailwind v4 runs as a single PostCSS plugin (no tailwind.config.js, no autoprefixer).
const config = {
  plugins: { "@tailwindcss/postcss": {} },
};

export default config;
